export { runDoctor, type DoctorReport } from './doctor.js';
export { operationsRoutes } from './routes.js';
