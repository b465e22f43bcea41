import { describeStorageContract } from './contract.js';
import { MemoryStorage } from './memory.js';

describeStorageContract('memory', () => new MemoryStorage());
