"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L20H4
label: explanation ladder
source: ladder of L20H4.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.8845 rung2_heldout_iou=0.9021 rung5_heldout_iou=0.9024 full_heldout_iou=0.9024 uniform_heldout_iou=0.0810
"""


@program(normalize="weights", fallback="first", head="L20H4", label="1 term")
def L20H4_1(q, k):
    """Rung 1 of L20H4: first token (sink). Held-out IoU 0.884"""
    return 441.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L20H4", label="2 terms")
def L20H4_2(q, k):
    """Rung 2 of L20H4: first token (sink) + word-class preference. Held-out IoU 0.902. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.141, 0.0408, 0.179, 0.302, 0.182, 0.563, 0.47, 0.276, 0.448, 3.3, 0.0493, 0.096, 2.11)
    return key_class + 562.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L20H4", label="5 terms")
def L20H4_5(q, k):
    """Rung 5 of L20H4: first token (sink) + word-class preference + punctuation + induction + local window. Held-out IoU 0.902. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.136, 0.0405, 0.174, 0.292, 0.178, 0.553, 0.464, 0.272, 0.445, 2.16, 0.0491, 0.0944, 2.09)
    return key_class + 642.0 * (k == 0) + 0.783 * (prev_token(k) == token(q)) + 2.16 * is_sentence_end(k) + 0.0433 * decay(q - k, 3.0)
