"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L15H4
label: explanation ladder
source: ladder of L15H4.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.5676 rung2_heldout_iou=0.6729 rung3_heldout_iou=0.6771 rung5_heldout_iou=0.6801 rung8_heldout_iou=0.6837 full_heldout_iou=0.6853 uniform_heldout_iou=0.1897
"""


@program(normalize="weights", fallback="first", head="L15H4", label="1 term")
def L15H4_1(q, k):
    """Rung 1 of L15H4: first token (sink). Held-out IoU 0.568"""
    return 101.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L15H4", label="2 terms")
def L15H4_2(q, k):
    """Rung 2 of L15H4: first token (sink) + local window. Held-out IoU 0.673"""
    return 126.0 * (k == 0) + 3.01 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L15H4", label="3 terms")
def L15H4_3(q, k):
    """Rung 3 of L15H4: first token (sink) + local window + previous token. Held-out IoU 0.677. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    prev_by_class = table(word_class(q), 4.35, 0.153, 4.43, 9.72, 3.56, 0.2, 1.7, 6.6, 0.18, 0.159, 0.302, 4.22, 0.198)
    return (k == q - 1) * prev_by_class + 130.0 * (k == 0) + 2.92 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L15H4", label="5 terms")
def L15H4_5(q, k):
    """Rung 5 of L15H4: first token (sink) + local window + previous token + punctuation + local window. Held-out IoU 0.680. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    prev_by_class = table(word_class(q), 4.46, 0.153, 4.5, 9.72, 3.64, 0.201, 1.84, 6.61, 0.182, 0.159, 0.305, 4.26, 0.197)
    return (k == q - 1) * prev_by_class + 1.09 * (k == q - 2) + 138.0 * (k == 0) + 1.94 * is_sentence_end(k) + 2.82 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L15H4", label="8 terms")
def L15H4_8(q, k):
    """Rung 8 of L15H4: first token (sink) + local window + previous token + punctuation + local window + local window + first token (sink) + current token. Held-out IoU 0.684. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 2.0, 13.8, 5.08, 0.991, 2.24, 12.6, 2.38, 0.582, 7.4, 16.4, 2.72, 8.02, 11.5)
    self_by_class = table(word_class(q), 1.85, 0.193, 0.816, 2.48, 1.51, 0.341, 3.54, 5.56, 0.622, 3.26, 0.429, 0.232, 8.12)
    prev_by_class = table(word_class(q), 4.49, 0.155, 4.65, 9.72, 3.68, 0.202, 1.85, 4.43, 0.184, 0.159, 0.304, 4.46, 0.197)
    return (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 1.13 * (k == q - 2) + 0.739 * (k == q - 3) + 139.0 * (k == 0) + 1.95 * is_sentence_end(k) + 2.78 * decay(q - k, 10.0)
