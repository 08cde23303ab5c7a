/** Addresses of the glossary: /thuat-ngu/ and one page per term. */
export const GLOSSARY_PATH = '/thuat-ngu/';
export const termPath = (id: string): string => `${GLOSSARY_PATH}${id}/`;
