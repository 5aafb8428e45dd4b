"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L27H4
label: explanation ladder
source: ladder of L27H4.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.4132 rung2_heldout_iou=0.5639 rung3_heldout_iou=0.5884 rung8_heldout_iou=0.6060 full_heldout_iou=0.6061 uniform_heldout_iou=0.1471
"""


@program(normalize="weights", fallback="first", head="L27H4", label="1 term")
def L27H4_1(q, k):
    """Rung 1 of L27H4: first token (sink). Held-out IoU 0.413"""
    return 65.2 * (k == 0)


@program(normalize="weights", fallback="first", head="L27H4", label="2 terms")
def L27H4_2(q, k):
    """Rung 2 of L27H4: first token (sink) + local window. Held-out IoU 0.564"""
    return 97.1 * (k == 0) + 26.9 * decay(q - k, 1.0)


@program(normalize="weights", fallback="first", head="L27H4", label="3 terms")
def L27H4_3(q, k):
    """Rung 3 of L27H4: first token (sink) + local window + previous token. Held-out IoU 0.588. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    prev_by_class = table(word_class(q), 0.0823, 0.0665, 233.0, 3.5, 5.02, 2.2, 1.86, 3.92, 5.52, 0.0946, 7.91, 0.0848, 4.25)
    return (k == q - 1) * prev_by_class + 101.0 * (k == 0) + 26.4 * decay(q - k, 1.0)


@program(normalize="weights", fallback="first", head="L27H4", label="8 terms")
def L27H4_8(q, k):
    """Rung 8 of L27H4: first token (sink) + local window + previous token + first token (sink) + current token + first token (sink) + first token (sink) + induction. Held-out IoU 0.606. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 39.4, 31.9, 0.346, 0.537, 0.398, 0.656, 2.54, 0.421, 1.21, 1.42, 1.2, 25.3, 1.23)
    self_by_class = table(word_class(q), 2.46, 0.333, 19.6, 15.0, 22.0, 8.86, 2.77, 8.86, 4.44, 17.5, 0.334, 0.327, 0.496)
    prev_by_class = table(word_class(q), 0.0832, 0.0665, 229.0, 2.35, 5.03, 1.64, 1.46, 3.91, 5.49, 0.0933, 7.89, 0.0849, 4.25)
    return (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 95.6 * (k == 0) + 27.1 * decay(q - k, 1.0) + 5.84 * ((k == 0) * decay(q, 32.0)) + 4.06 * (k == 0 and is_word_start(q)) + 0.5 * (k == prev_occurrence(q) + 1)
