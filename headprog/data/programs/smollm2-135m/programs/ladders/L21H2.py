"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L21H2
label: explanation ladder
source: ladder of L21H2.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.7554 rung2_heldout_iou=0.7847 rung3_heldout_iou=0.7918 rung5_heldout_iou=0.7945 rung8_heldout_iou=0.7951 full_heldout_iou=0.7997 uniform_heldout_iou=0.1182
"""


@program(normalize="weights", fallback="first", head="L21H2", label="1 term")
def L21H2_1(q, k):
    """Rung 1 of L21H2: first token (sink). Held-out IoU 0.755"""
    return 187.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L21H2", label="2 terms")
def L21H2_2(q, k):
    """Rung 2 of L21H2: first token (sink) + sentence start. Held-out IoU 0.785"""
    return 184.0 * (k == 0) + 0.748 * (k >= sentence_start(q))


@program(normalize="weights", fallback="first", head="L21H2", label="3 terms")
def L21H2_3(q, k):
    """Rung 3 of L21H2: first token (sink) + sentence start + current token. Held-out IoU 0.792. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 1.14, 0.503, 1.49, 1.6, 0.77, 17.4, 7.2, 11.5, 9.26, 8.15, 0.98, 0.665, 2.83)
    return (k == q) * self_by_class + 201.0 * (k == 0) + 0.699 * (k >= sentence_start(q))


@program(normalize="weights", fallback="first", head="L21H2", label="5 terms")
def L21H2_5(q, k):
    """Rung 5 of L21H2: first token (sink) + sentence start + current token + local window + first token (sink). Held-out IoU 0.794. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 1.12, 0.487, 1.42, 1.59, 0.752, 15.7, 7.27, 13.7, 9.29, 8.18, 0.973, 0.624, 2.46)
    return (k == q) * self_by_class + 183.0 * (k == 0) + 0.61 * (k >= sentence_start(q)) + 0.179 * decay(q - k, 10.0) + 35.0 * ((k == 0) * decay(q, 32.0))


@program(normalize="weights", fallback="first", head="L21H2", label="8 terms")
def L21H2_8(q, k):
    """Rung 8 of L21H2: first token (sink) + sentence start + current token + local window + first token (sink) + induction + previous token + first token (sink). Held-out IoU 0.795. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 1.15, 0.486, 1.51, 1.62, 0.769, 18.9, 7.29, 15.8, 9.25, 8.24, 0.956, 0.638, 2.56)
    return (k == q) * self_by_class + 0.232 * (k == q - 1) + 183.0 * (k == 0) + 0.61 * (k >= sentence_start(q)) + 0.183 * decay(q - k, 10.0) + 35.0 * ((k == 0) * decay(q, 32.0)) + 14.7 * (k == 0 and is_word_start(q)) + 2.28 * (k == prev_occurrence(q) + 1)
