import { Routes } from '@angular/router';
import { ImportKind } from '@pathway/contracts';

const importRoutes = (kind: ImportKind, title: string): Routes => [
  {
    path: '',
    title,
    data: { importKind: kind },
    loadComponent: () => import('./import-page').then((m) => m.ImportPage),
  },
];

/** Under `/applicants/import`, which needs `applicants.write`. */
export const APPLICANT_IMPORT_ROUTES = importRoutes('applicants', 'Import applicants');
/** Under `/events/:id/import`, which needs `applicants.write`. */
export const ATTENDEE_IMPORT_ROUTES = importRoutes('attendees', 'Import attendees');
/** Under `/students/import`, which needs `students.write`. */
export const STUDENT_IMPORT_ROUTES = importRoutes('students', 'Import students');
