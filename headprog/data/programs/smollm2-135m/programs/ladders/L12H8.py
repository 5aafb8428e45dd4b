"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L12H8
label: explanation ladder
source: ladder of L12H8.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.5751 rung3_heldout_iou=0.6175 rung8_heldout_iou=0.6216 full_heldout_iou=0.6329 uniform_heldout_iou=0.1446
"""


@program(normalize="weights", fallback="first", head="L12H8", label="1 term")
def L12H8_1(q, k):
    """Rung 1 of L12H8: first token (sink). Held-out IoU 0.575"""
    return 45.5 * (k == 0 and is_word_start(q))


@program(normalize="weights", fallback="first", head="L12H8", label="3 terms")
def L12H8_3(q, k):
    """Rung 3 of L12H8: first token (sink) + first token (sink) + local window. Held-out IoU 0.618"""
    return 189.0 * (k == 0) + 5.54 * decay(q - k, 10.0) + 61.4 * (k == 0 and is_word_start(q))


@program(normalize="weights", fallback="first", head="L12H8", label="8 terms")
def L12H8_8(q, k):
    """Rung 8 of L12H8: first token (sink) + first token (sink) + local window + word-class preference + induction + current token + sentence start + first token (sink). Held-out IoU 0.622. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.102, 0.164, 0.0979, 0.0871, 0.0689, 0.144, 0.685, 0.188, 0.235, 5.05, 0.0709, 0.106, 1.21)
    return key_class + 0.541 * (k == q) + 203.0 * (k == 0) + 0.607 * (k >= sentence_start(q)) + 4.76 * decay(q - k, 10.0) + 25.7 * ((k == 0) * decay(q, 32.0)) + 61.5 * (k == 0 and is_word_start(q)) + 10.0 * (k == prev_occurrence(q) + 1)
