// The bundled ranking's text, for tests that run the real pipeline on it.
import { readFileSync } from 'node:fs';

export const seedText = readFileSync('data/classement-ecoles-ingenieurs-international.txt', 'utf8');
