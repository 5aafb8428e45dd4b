"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L15H1
label: explanation ladder
source: ladder of L15H1.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.5517 rung3_heldout_iou=0.6586 rung5_heldout_iou=0.6690 full_heldout_iou=0.6804 uniform_heldout_iou=0.1873
"""


@program(normalize="weights", fallback="first", head="L15H1", label="1 term")
def L15H1_1(q, k):
    """Rung 1 of L15H1: first token (sink). Held-out IoU 0.552"""
    return 11.3 * (k == 0 and is_word_start(q))


@program(normalize="weights", fallback="first", head="L15H1", label="3 terms")
def L15H1_3(q, k):
    """Rung 3 of L15H1: first token (sink) + first token (sink) + local window. Held-out IoU 0.659"""
    return 124.0 * (k == 0) + 2.72 * decay(q - k, 10.0) + 15.8 * (k == 0 and is_word_start(q))


@program(normalize="weights", fallback="first", head="L15H1", label="5 terms")
def L15H1_5(q, k):
    """Rung 5 of L15H1: first token (sink) + first token (sink) + local window + word-class preference + punctuation. Held-out IoU 0.669. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.118, 0.124, 0.188, 0.0506, 0.0436, 0.0365, 0.647, 0.259, 0.174, 2.37, 0.0136, 0.17, 2.96)
    return key_class + 136.0 * (k == 0) + 0.659 * (k == last(is_punct, q) + 1) + 2.15 * decay(q - k, 10.0) + 15.4 * (k == 0 and is_word_start(q))
