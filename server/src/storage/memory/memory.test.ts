import { describeStorageContract } from '../contract/index.js';
import { MemoryStorage } from './storage.js';

describeStorageContract('memory', () => new MemoryStorage());
