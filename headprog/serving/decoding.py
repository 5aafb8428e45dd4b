"""Per-request token choice and text: temperature / top-p sampling, incremental detokenization, stop strings."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import torch

__all__ = ["TextDecoder", "sample_next"]


def sample_next(logits: torch.Tensor, rows: Sequence[Any]) -> list[int]:
    """One token per row of ``logits`` (B, vocab): greedy at temperature 0, else top-p sampling with the row's generator.

    Each row ``r`` has ``r.stream.params`` (temperature, top_p) and
    ``r.generator`` (a seeded ``torch.Generator``, None when greedy), so a
    row's draws do not depend on which other rows share its batch.
    """
    logits = logits.float()
    greedy = logits.argmax(dim=-1).tolist()
    out = []
    for i, row in enumerate(rows):
        params = row.stream.params
        if params.temperature <= 0 or row.generator is None:
            out.append(int(greedy[i]))
            continue
        probs = torch.softmax(logits[i] / params.temperature, dim=-1)
        if params.top_p < 1.0:
            ordered, order = probs.sort(descending=True)
            keep = ordered.cumsum(0) - ordered < params.top_p  # the smallest prefix whose mass reaches top_p
            probs = torch.zeros_like(probs).scatter_(0, order[keep], ordered[keep])
        out.append(int(torch.multinomial(probs, 1, generator=row.generator).item()))
    return out


class TextDecoder:
    """Turns a request's tokens into text deltas, holding back what could still become a stop string.

    The text is decoded from all tokens so far each time (tokenizers merge
    pieces across tokens), a trailing incomplete UTF-8 character (U+FFFD) is
    held until the next token completes it, and the last ``len(stop) - 1``
    characters are held while they could start a stop string.
    """

    def __init__(self, tokenizer: Any, stop: Sequence[str] = ()) -> None:
        self.tokenizer = tokenizer
        self.stop = [s for s in stop if s]
        self.tokens: list[int] = []
        self.sent = 0  # characters of the decoded text already sent
        self.text = ""
        self.stopped = False

    def push(self, token: int) -> tuple[str, bool]:
        """Add one token; return (new text to send, whether a stop string was reached)."""
        self.tokens.append(token)
        text = self.tokenizer.decode(self.tokens, skip_special_tokens=True)
        if text.endswith("\ufffd"):
            return "", False
        self.text = text
        for s in self.stop:
            at = text.find(s, max(0, self.sent - len(s) + 1))
            if at >= 0:
                self.text = text[:at]
                self.stopped = True
                return self._take(len(self.text)), True
        hold = max((len(s) - 1 for s in self.stop), default=0)
        return self._take(max(self.sent, len(text) - hold)), False

    def flush(self) -> str:
        """Text still held back when the request ends without a stop string."""
        return "" if self.stopped else self._take(len(self.text))

    def _take(self, upto: int) -> str:
        delta = self.text[self.sent : upto]
        self.sent = max(self.sent, upto)
        return delta
