"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L28H4
label: explanation ladder
source: ladder of L28H4.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.6920 rung2_heldout_iou=0.7233 rung3_heldout_iou=0.7414 rung5_heldout_iou=0.7443 rung8_heldout_iou=0.7458 full_heldout_iou=0.7502 uniform_heldout_iou=0.1215
"""


@program(normalize="weights", fallback="first", head="L28H4", label="1 term")
def L28H4_1(q, k):
    """Rung 1 of L28H4: first token (sink). Held-out IoU 0.692"""
    return 90.3 * (k == 0)


@program(normalize="weights", fallback="first", head="L28H4", label="2 terms")
def L28H4_2(q, k):
    """Rung 2 of L28H4: first token (sink) + local window. Held-out IoU 0.723"""
    return 82.0 * (k == 0) + 1.0 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L28H4", label="3 terms")
def L28H4_3(q, k):
    """Rung 3 of L28H4: first token (sink) + local window + current token. Held-out IoU 0.741. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 0.221, 0.0916, 0.111, 5.44, 0.165, 0.311, 3.94, 3.4, 0.692, 52.6, 0.0757, 0.676, 4.3)
    return (k == q) * self_by_class + 87.1 * (k == 0) + 0.916 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L28H4", label="5 terms")
def L28H4_5(q, k):
    """Rung 5 of L28H4: first token (sink) + local window + current token + punctuation + punctuation. Held-out IoU 0.744. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 0.246, 0.109, 0.112, 5.56, 0.17, 0.321, 4.0, 3.95, 0.693, 52.9, 0.0763, 0.794, 4.28)
    return (k == q) * self_by_class + 91.6 * (k == 0) + 0.22 * is_sentence_end(k) + 2.78 * is_newline(k) + 0.784 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L28H4", label="8 terms")
def L28H4_8(q, k):
    """Rung 8 of L28H4: first token (sink) + local window + current token + punctuation + punctuation + first token (sink) + local window + punctuation. Held-out IoU 0.746. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 0.274, 0.129, 0.112, 6.0, 0.172, 0.33, 4.31, 3.94, 0.692, 56.5, 0.0764, 0.871, 4.28)
    return (k == q) * self_by_class + 98.9 * (k == 0) + 0.267 * (k == last(is_sentence_end, q)) + 0.219 * is_sentence_end(k) + 2.75 * is_newline(k) + 0.116 * decay(q - k, 1.0) + 0.739 * decay(q - k, 10.0) + 8.3 * ((k == 0) * decay(q, 32.0))
