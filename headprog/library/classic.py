"""
headprog: 1
features: v1
label: classic attention heads, written by hand
source: headprog/library/classic.py
"""


@program(normalize="weights", fallback="first", label="previous token")
def previous_token(q, k):
    """Attend to the token just before the query. Structure: selector (key q - 1)."""
    return k == q - 1


@program(normalize="weights", fallback="first", label="first token / attention sink")
def first_token(q, k):
    """Park all attention on position 0. Structure: selector (key 0)."""
    return k == 0


@program(normalize="weights", fallback="first", label="duplicate token")
def duplicate_token(q, k):
    """Earlier occurrences of the query's token; rows without one fall back to the first token. Structure: dense."""
    return k < q and token(k) == token(q)


@program(normalize="weights", fallback="first", label="induction")
def induction(q, k):
    """The token after an earlier occurrence of the query's token (A B ... A -> B). Structure: dense."""
    return k < q and prev_token(k) == token(q)


@program(normalize="weights", fallback="first", label="sentence start")
def sentence_start_head(q, k):
    """The first token of the query's sentence. Structure: selector (key sentence_start(q))."""
    return k == sentence_start(q)


@program(normalize="weights", fallback="first", label="most recent punctuation")
def recent_punctuation(q, k):
    """The last punctuation token before the query; none yet: the first token. Structure: selector (key last(is_punct, q))."""
    return k == last(is_punct, q)


@program(normalize="weights", fallback="self", label="local window with recency decay")
def local_decay(q, k):
    """The last 8 tokens (the query included), weight halving every 2 positions back. Structure: band of width 7."""
    distance = q - k
    return decay(distance, 2.0) if distance < 8 else 0


@program(normalize="weights", fallback="first", label="uniform causal")
def uniform_causal(q, k):
    """Every key k <= q equally: a running mean. Structure: dense."""
    return 1


@program(normalize="weights", fallback="first", label="previous token + attention sink")
def previous_token_with_sink(q, k):
    """Mostly the previous token, some weight parked on position 0. Structure: selector (keys q - 1, 0)."""
    return 0.8 * (k == q - 1) + 0.2 * (k == 0)


@program(normalize="weights", fallback="first", label="induction + attention sink")
def induction_with_sink(q, k):
    """Induction where it applies, a little weight on the sink always. Structure: dense."""
    return 0.9 * (k < q and prev_token(k) == token(q)) + 0.1 * (k == 0)


@program(normalize="weights", fallback="first", label="sentence start + previous token")
def sentence_start_and_previous(q, k):
    """Half on the sentence's first token, half on the previous token. Structure: selector (keys sentence_start(q), q - 1)."""
    return 0.5 * (k == sentence_start(q)) + 0.5 * (k == q - 1)


@program(normalize="softmax", fallback="first", label="soft recency (ALiBi-like)")
def soft_recency(q, k):
    """Logits fall linearly with distance, plus a bonus for the first token. Structure: dense (softmax is always dense)."""
    return -0.5 * (q - k) + 2.0 * (k == 0)
