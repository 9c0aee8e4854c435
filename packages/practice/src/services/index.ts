export { startPostgres, startRedis, createDatabase, freePort, missingService, postgresBin, type RunningService } from './services.js';
