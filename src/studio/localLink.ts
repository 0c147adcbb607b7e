import { useAppStore } from '../store/appStore';
import { selectDataset } from '../store/selectors';
import { bundledDataset, useDatasetsStore } from '../storage/datasetsStore';
import { useEditingStore } from '../store/editingSlice';

/**
 * True when the open story has no address of its own (an import, an edited copy, a new
 * story kept in this browser): a copied link would open the bundled story instead.
 */
export function useCopyLinkIsLocal(): boolean {
  const dataset = useAppStore(selectDataset);
  const activeDataset = useDatasetsStore((s) => s.activeDataset);
  const editing = useEditingStore((s) => s.editing);
  if (dataset === bundledDataset()) return false;
  return editing || dataset === activeDataset;
}
