"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L20H2
label: explanation ladder
source: ladder of L20H2.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.6142 rung2_heldout_iou=0.7295 rung5_heldout_iou=0.7314 rung8_heldout_iou=0.7326 full_heldout_iou=0.7380 uniform_heldout_iou=0.1827
"""


@program(normalize="weights", fallback="first", head="L20H2", label="1 term")
def L20H2_1(q, k):
    """Rung 1 of L20H2: first token (sink). Held-out IoU 0.614"""
    return 103.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L20H2", label="2 terms")
def L20H2_2(q, k):
    """Rung 2 of L20H2: first token (sink) + word-class preference. Held-out IoU 0.730. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.872, 0.824, 0.68, 0.981, 0.366, 0.869, 1.17, 0.513, 0.501, 4.22, 0.0584, 0.661, 4.53)
    return key_class + 136.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L20H2", label="5 terms")
def L20H2_5(q, k):
    """Rung 5 of L20H2: first token (sink) + word-class preference + punctuation + first token (sink) + first token (sink). Held-out IoU 0.731. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.912, 0.853, 0.7, 0.996, 0.393, 0.887, 1.2, 0.525, 0.531, 2.51, 0.0583, 0.687, 4.61)
    first_by_class = table(word_class(q), 1.48, 20.3, 1.77, 1.11, 0.508, 7.81, 0.689, 2.06, 5.67, 0.364, 17.5, 18.9, 9.98)
    return key_class + (k == 0) * first_by_class + 129.0 * (k == 0) + 1.26 * is_sentence_end(k) + 5.9 * (k == 0 and is_word_start(q))


@program(normalize="weights", fallback="first", head="L20H2", label="8 terms")
def L20H2_8(q, k):
    """Rung 8 of L20H2: first token (sink) + word-class preference + punctuation + first token (sink) + first token (sink) + induction + first token (sink) + local window. Held-out IoU 0.733. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.909, 0.86, 0.696, 0.993, 0.387, 0.883, 1.2, 0.508, 0.527, 2.59, 0.044, 0.687, 4.64)
    first_by_class = table(word_class(q), 1.43, 20.3, 1.77, 1.11, 0.508, 7.91, 0.675, 1.98, 5.75, 0.364, 17.6, 18.9, 10.0)
    return key_class + (k == 0) * first_by_class + 129.0 * (k == 0) + 1.22 * (prev_token(k) == token(q)) + 1.3 * is_sentence_end(k) + 0.109 * decay(q - k, 3.0) + 9.92 * ((k == 0) * decay(q, 32.0)) + 5.85 * (k == 0 and is_word_start(q))
