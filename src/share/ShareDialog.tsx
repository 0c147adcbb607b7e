/**
 * "Share this story": a link (carrying the story when it has no public address), its QR
 * code, the single HTML file, and an embed snippet. Loaded on demand with the codec,
 * the QR encoder and the single-file builder.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import QRCode from 'qrcode';
import { useAppStore } from '../store/appStore';
import { selectDataset, selectLang } from '../store/selectors';
import { localized } from '../domain/dataset/localized';
import { LINK_WARN_CHARS, QR_MAX_BYTES, linkSize } from '../domain/share/storyLink';
import { embedStory } from '../domain/share/singleFile';
import { LOCALES } from '../domain/lang';
import { useShareT } from './useShareT';
import { downloadText } from '../import/download';
import { embedSnippet, shareTarget } from './shareTarget';
import { slug } from '../domain/text/slug';
import './share.css';

function formatBytes(bytes: number, locale: string): string {
  const mb = bytes / (1024 * 1024);
  const unit = locale.startsWith('fr') ? ['Mo', 'Ko'] : ['MB', 'KB'];
  const n = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return mb >= 1 ? `${n.format(mb)} ${unit[0]}` : `${n.format(bytes / 1024)} ${unit[1]}`;
}

/** As big as the screen allows, below the dialog's header. */
function roomQrSize(): number {
  return Math.max(240, Math.floor(Math.min(window.innerWidth, window.innerHeight - 96) * 0.92));
}

/** Draws the link as a QR code; says so when it does not fit in one. */
function QrCode({ text, size, label }: { text: string; size: number; label: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(
    function drawQr() {
      const canvas = ref.current;
      if (!canvas) return;
      // Medium error correction scans better from afar; low holds longer links.
      QRCode.toCanvas(canvas, text, { errorCorrectionLevel: 'M', margin: 4, width: size }).catch(
        () => QRCode.toCanvas(canvas, text, { errorCorrectionLevel: 'L', margin: 4, width: size }),
      );
    },
    [text, size],
  );
  return <canvas ref={ref} className="share-qr" role="img" aria-label={label} />;
}

export function ShareDialog({ onClose }: { onClose: () => void }) {
  const t = useShareT();
  const titleId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const dataset = useAppStore(selectDataset);
  const lang = useAppStore(selectLang);
  const locale = LOCALES[lang];
  const storyTitle = localized(dataset.title, lang);
  // The view as it is when the dialog opens (the dialog covers the page meanwhile).
  const target = useMemo(
    () => shareTarget(useAppStore.getState(), window.location),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- recomputed per dataset and language
    [dataset, lang],
  );
  const size = linkSize(target.link);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [file, setFile] = useState<
    | { state: 'idle' }
    | { state: 'building' }
    | { state: 'done'; name: string; bytes: number }
    | { state: 'failed'; reason: string }
  >({ state: 'idle' });
  const [large, setLarge] = useState(false);
  const [roomSize, setRoomSize] = useState(roomQrSize);

  useEffect(function openModal() {
    const d = dialogRef.current;
    if (!d) return;
    if (typeof d.showModal === 'function' && !d.open) d.showModal();
    else d.setAttribute('open', '');
  }, []);

  // The dialog closes and tells its owner in one step. The native `close` event is queued as a
  // task, and Chromium runs input first, so an Enter on "Share" right after Escape could reach a
  // button that still thinks the dialog is open, and the late event would then unmount the
  // dialog it had just reopened.
  const finish = () => {
    const d = dialogRef.current;
    if (d?.open) d.close();
    onClose();
  };

  useEffect(function followTheWindow() {
    const fit = () => setRoomSize(roomQrSize());
    window.addEventListener('resize', fit);
    return function stopFollowing() {
      window.removeEventListener('resize', fit);
    };
  }, []);
  const qrSize = large ? roomSize : 240;

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(target.link);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };

  const downloadFile = async () => {
    setFile({ state: 'building' });
    try {
      const response = await fetch(`${import.meta.env.BASE_URL}player.html`);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const html = embedStory(await response.text(), dataset, target.view);
      if (html === null) throw new Error('player.html has no data element');
      const name = `${slug(storyTitle, 'story')}.html`;
      if (!downloadText(html, name, 'text/html;charset=utf-8')) throw new Error('no download');
      setFile({ state: 'done', name, bytes: new TextEncoder().encode(html).length });
    } catch (err) {
      setFile({ state: 'failed', reason: err instanceof Error ? err.message : String(err) });
    }
  };

  return (
    <dialog
      ref={dialogRef}
      className={`share-dialog${large ? ' is-large' : ''}`}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        finish();
      }}
      onClose={onClose}
    >
      <div className="share-dialog-header">
        <h2 id={titleId}>{t('shareTitle')}</h2>
        <button type="button" onClick={finish}>
          {t('shareClose')}
        </button>
      </div>
      {!large && <p className="share-intro">{t('shareIntro')}</p>}

      {!large && (
        <section aria-labelledby={`${titleId}-link`}>
          <h3 id={`${titleId}-link`}>{t('shareLinkHeading')}</h3>
          <p>{target.kind === 'story' ? t('shareLinkCarries') : t('shareLinkPublic')}</p>
          <label className="share-field">
            {t('shareLinkLabel')}
            <textarea
              readOnly
              rows={target.link.length > 200 ? 3 : 2}
              value={target.link}
              onFocus={(e) => e.currentTarget.select()}
            />
          </label>
          <div className="share-row">
            <button type="button" onClick={() => void copyLink()}>
              {t('shareCopy')}
            </button>
            <span role="status">
              {copy === 'copied' ? t('shareCopied') : copy === 'failed' ? t('shareCopyFailed') : ''}
            </span>
          </div>
          <p className="share-length">{t('shareLinkLength', { n: size.chars })}</p>
          {size.tooLongForMessages && (
            <p className="share-warning">{t('shareLinkTooLong', { limit: LINK_WARN_CHARS })}</p>
          )}
        </section>
      )}

      <section aria-labelledby={`${titleId}-qr`} className="share-qr-section">
        <h3 id={`${titleId}-qr`}>{t('shareQrHeading')}</h3>
        {size.fitsQr ? (
          <>
            <QrCode text={target.link} size={qrSize} label={t('shareQrAlt')} />
            <button type="button" onClick={() => setLarge(!large)} aria-pressed={large}>
              {large ? t('shareQrSmall') : t('shareQrLarge')}
            </button>
          </>
        ) : (
          <p className="share-warning">
            {t('shareQrTooLong', { n: size.chars, max: QR_MAX_BYTES })}
          </p>
        )}
      </section>

      {!large && (
        <section aria-labelledby={`${titleId}-file`}>
          <h3 id={`${titleId}-file`}>{t('shareFileHeading')}</h3>
          <p>{t('shareFileText')}</p>
          <div className="share-row">
            <button
              type="button"
              onClick={() => void downloadFile()}
              disabled={file.state === 'building'}
            >
              {t('shareFileButton')}
            </button>
            <span role="status">
              {file.state === 'building'
                ? t('shareFileBuilding')
                : file.state === 'done'
                  ? t('shareFileDone', { name: file.name, size: formatBytes(file.bytes, locale) })
                  : ''}
            </span>
          </div>
          {file.state === 'failed' && (
            <p role="alert" className="share-warning">
              {t('shareFileFailed', { reason: file.reason })}
            </p>
          )}
        </section>
      )}

      {!large && (
        <section aria-labelledby={`${titleId}-embed`}>
          <h3 id={`${titleId}-embed`}>{t('shareEmbedHeading')}</h3>
          {target.embed ? (
            <>
              <p>{t('shareEmbedText')}</p>
              <label className="share-field">
                {t('shareEmbedLabel')}
                <textarea
                  readOnly
                  rows={8}
                  value={embedSnippet(target.embed, storyTitle)}
                  onFocus={(e) => e.currentTarget.select()}
                />
              </label>
            </>
          ) : (
            <p>{t('shareEmbedNone')}</p>
          )}
        </section>
      )}
    </dialog>
  );
}
