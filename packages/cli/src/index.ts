/** placeholder */
export const placeholder = true;
