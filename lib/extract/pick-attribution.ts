import type { CompiledLexicon } from "./lexicon";
import { nameClaimant } from "./name-claimant";
import type { ClaimantCue } from "./read-claimant-cue";
import type { TokenStream } from "./tokens";

/**
 * Who the claim at token `anchor` is attributed to, given the claimant cues of its sentence: an
 * explicit source ("laut Polizei", "according to …") wins over the subject of a speech verb; among
 * equals the cue nearest the claim. Returns undefined when the sentence names nobody.
 */
export function pickAttribution(ts: TokenStream, cues: ClaimantCue[], anchor: number, lex: CompiledLexicon): string | undefined {
  let best: ClaimantCue | undefined;
  for (const cue of cues) {
    if (!best || (cue.explicit && !best.explicit)) best = cue;
    else if (cue.explicit === best.explicit && Math.abs(cue.at - anchor) < Math.abs(best.at - anchor)) best = cue;
  }
  return best ? nameClaimant(ts, best.span, lex) : undefined;
}
