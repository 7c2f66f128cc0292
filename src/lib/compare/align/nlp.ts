/**
 * Tokens, lemmas, stems and stop words from wink-nlp's bundled English model.
 *
 * wink-nlp is used rather than a hand-written tokenizer because its lemmas
 * ("was reportedly made" → "be reportedly make"), part-of-speech tags and
 * stop-word list are what make a bag-of-words comparison robust to
 * inflection; the model ships inside its npm package, so nothing is fetched
 * at run time and the output is deterministic.
 */
import winkNLP, { type ItemToken, type ItsFunction } from "wink-nlp";
import model from "wink-eng-lite-web-model";

/** One word or number of a text, with where it stands. */
export interface Token {
  /** The text's own characters. */
  readonly text: string;
  /** Lower-case lemma ("evacuated" → "evacuate"). */
  readonly lemma: string;
  /** Porter stem of the lemma: folds derivations the lemmatiser keeps apart ("evacuee", "evacuate" → "evacu"). */
  readonly stem: string;
  /** Universal part-of-speech tag ("NOUN", "VERB", "PROPN", …). */
  readonly pos: string;
  /** A function word that says little about a claim ("the", "has", "of"). */
  readonly stop: boolean;
  readonly kind: "word" | "number" | "punctuation" | "other";
  /** UTF-16 offsets into the analysed text. */
  readonly start: number;
  readonly end: number;
}

const nlp = winkNLP(model);
const its = nlp.its;
const stemmer = (model as unknown as { addons: { stem: (word: string) => string } }).addons.stem;

const KINDS = new Set(["word", "number", "punctuation"]);

/** The Porter stem of a lower-case word, as tokens carry it. */
export const stemOf = (word: string): string => stemmer(word);

/** wink's typings do not accept its own `its.lemma` helpers as arguments of `out`; one cast, here. */
const read = (token: ItemToken, property: unknown): unknown => token.out(property as ItsFunction<unknown>);

/** Analyse a text into tokens. Pure: the same text gives the same tokens. */
export function tokenize(text: string): Token[] {
  const doc = nlp.readDoc(text);
  const tokens: Token[] = [];
  let cursor = 0;
  doc.tokens().each((token: ItemToken) => {
    const surface = token.out() as string;
    const found = text.indexOf(surface, cursor);
    // wink may normalise a character (e.g. a quote mark); keep the cursor where it was then.
    const start = found >= 0 ? found : cursor;
    const end = found >= 0 ? found + surface.length : cursor;
    cursor = end;
    const type = read(token, its.type) as string;
    const lemma = (read(token, its.lemma) as string).toLowerCase();
    tokens.push({
      text: surface,
      lemma,
      stem: stemmer(lemma),
      pos: read(token, its.pos) as string,
      stop: Boolean(read(token, its.stopWordFlag)),
      kind: (KINDS.has(type) ? type : "other") as Token["kind"],
      start,
      end,
    });
  });
  return tokens;
}
