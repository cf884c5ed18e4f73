export { runDoctor, type DoctorReport } from './doctor.js';
