export { authorshipOf, type Authorship } from './authorship.js';
export {
  checkBoardUpdate,
  type BoardUpdateVerdict,
  type CreatedItem,
  type UpdateSender,
} from './check-board-update.js';
export { boardItemsJSON, countDamagedItems, itemFields } from './safe-read.js';
