import { Routes } from '@angular/router';

/** Under `/students`, which already needs `students.read`. */
export const STUDENT_ROUTES: Routes = [
  {
    path: '',
    loadComponent: () => import('./students-page').then((m) => m.StudentsPage),
    children: [
      {
        path: '',
        title: 'Students',
        loadComponent: () => import('./list/student-list').then((m) => m.StudentList),
      },
      {
        path: 'at-risk',
        title: 'Students at risk',
        loadComponent: () => import('./at-risk/at-risk-students').then((m) => m.AtRiskStudents),
      },
    ],
  },
  {
    path: ':id',
    title: 'Student',
    loadComponent: () => import('./detail/student-detail').then((m) => m.StudentDetail),
  },
];
