/** Natural Earth ids (world-atlas) of the countries the union figure names. */
export const COUNTRY_IDS = { colombia: '170', venezuela: '862', ecuador: '218', panama: '591' } as const;
