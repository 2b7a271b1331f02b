/** The allied health professions, shortage ones first (the campaign's focus). Names follow HCPC usage. */
export const PROFESSION_SEED = [
  { code: 'therapeutic_radiography', name: 'Therapeutic radiography', shortage: true },
  { code: 'diagnostic_radiography', name: 'Diagnostic radiography', shortage: true },
  { code: 'orthoptics', name: 'Orthoptics', shortage: true },
  { code: 'prosthetics_orthotics', name: 'Prosthetics and orthotics', shortage: true },
  { code: 'podiatry', name: 'Podiatry', shortage: true },
  { code: 'art_therapy', name: 'Art therapy', shortage: false },
  { code: 'drama_therapy', name: 'Drama therapy', shortage: false },
  { code: 'music_therapy', name: 'Music therapy', shortage: false },
  { code: 'dietetics', name: 'Dietetics', shortage: false },
  { code: 'occupational_therapy', name: 'Occupational therapy', shortage: false },
  { code: 'operating_department_practice', name: 'Operating department practice', shortage: false },
  { code: 'osteopathy', name: 'Osteopathy', shortage: false },
  { code: 'paramedicine', name: 'Paramedicine', shortage: false },
  { code: 'physiotherapy', name: 'Physiotherapy', shortage: false },
  { code: 'speech_language_therapy', name: 'Speech and language therapy', shortage: false },
] as const;
