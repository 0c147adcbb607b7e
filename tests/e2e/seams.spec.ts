import { test, expect, openApp } from './fixtures';

test('the offline base map has land on both sides of the antimeridian, with no seam @zone-independent', async ({
  page,
}) => {
  // Centred on the Bering Strait at 180°: Chukotka to the west, Alaska to the east.
  await openApp(page, '#map=62,180,3.5');
  // The base map's rings arrive and are drawn over several frames (and world copies): poll
  // until land shows on both sides, then check that same drawing for seams.
  const measure = () =>
    page.evaluate(() => {
      const map = document.querySelector('.travel-map')!.getBoundingClientRect();
      const centre = map.left + map.width / 2;
      let east = 0;
      let west = 0;
      let acrossWholeView = 0;
      for (const path of document.querySelectorAll<SVGPathElement>('.leaflet-basemap-pane path')) {
        const d = path.getAttribute('d') ?? '';
        if (d === '' || d === 'M0 0') continue;
        const r = path.getBoundingClientRect();
        if (r.width === 0 || r.bottom < map.top || r.top > map.bottom) continue;
        if (r.left > centre + 10 && r.left < map.right) east++;
        if (r.right < centre - 10 && r.right > map.left) west++;
        // A ring jumping from +180° to −180° is drawn as a line across the whole view.
        if (r.left <= map.left && r.right >= map.right && r.height < 40) acrossWholeView++;
      }
      return { east, west, acrossWholeView };
    });
  let halves = await measure();
  await expect
    .poll(
      async () => {
        halves = await measure();
        return { west: halves.west > 0, east: halves.east > 0 };
      },
      { message: 'land on both sides of 180°', timeout: 15_000 },
    )
    .toEqual({ west: true, east: true });
  expect(halves.acrossWholeView, 'straight lines across the view').toBe(0);
});
