/** Elements with this attribute are left out of every capture (export menus, filter controls). */
export const IGNORE_ATTR = 'data-export-ignore';
