"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L12H2
label: explanation ladder
source: ladder of L12H2.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3922 rung2_heldout_iou=0.5835 rung3_heldout_iou=0.5914 rung5_heldout_iou=0.6466 rung8_heldout_iou=0.6499 full_heldout_iou=0.6514 uniform_heldout_iou=0.2945
"""


@program(normalize="weights", fallback="first", head="L12H2", label="1 term")
def L12H2_1(q, k):
    """Rung 1 of L12H2: first token (sink). Held-out IoU 0.392"""
    return 10.7 * (k == 0)


@program(normalize="weights", fallback="first", head="L12H2", label="2 terms")
def L12H2_2(q, k):
    """Rung 2 of L12H2: first token (sink) + local window. Held-out IoU 0.584"""
    return 16.1 * (k == 0) + 0.775 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L12H2", label="3 terms")
def L12H2_3(q, k):
    """Rung 3 of L12H2: first token (sink) + local window + first token (sink). Held-out IoU 0.591. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 23.2, 3.42, 0.204, 3.75, 4.44, 4.6, 0.0863, 1.33, 4.99, 0.0808, 0.265, 1.26, 0.0866)
    return (k == 0) * first_by_class + 13.3 * (k == 0) + 1.11 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L12H2", label="5 terms")
def L12H2_5(q, k):
    """Rung 5 of L12H2: first token (sink) + local window + first token (sink) + word-class preference + current token. Held-out IoU 0.647. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.16, 0.133, 0.0787, 0.134, 0.0293, 0.162, 0.362, 0.0869, 0.485, 1.8, 0.0322, 0.215, 1.03)
    first_by_class = table(word_class(q), 23.4, 1.99, 0.15, 3.77, 4.48, 4.67, 0.0854, 1.36, 4.02, 0.0816, 0.137, 1.28, 0.0865)
    self_by_class = table(word_class(q), 0.876, 0.669, 0.866, 0.155, 0.0656, 0.0773, 3.39, 0.307, 0.504, 6.89, 0.108, 1.31, 4.99)
    return key_class + (k == 0) * first_by_class + (k == q) * self_by_class + 15.4 * (k == 0) + 0.778 * decay(q - k, 10.0)


@program(normalize="weights", fallback="first", head="L12H2", label="8 terms")
def L12H2_8(q, k):
    """Rung 8 of L12H2: first token (sink) + local window + first token (sink) + word-class preference + current token + first token (sink) + previous token + current token. Held-out IoU 0.650. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.177, 0.144, 0.0861, 0.15, 0.0303, 0.185, 0.421, 0.0908, 0.512, 2.12, 0.032, 0.25, 1.19)
    first_by_class = table(word_class(q), 22.0, 3.46, 0.126, 3.65, 4.26, 4.57, 0.0838, 1.24, 5.22, 0.0813, 0.216, 1.18, 0.0868)
    self_by_class = table(word_class(q), 0.602, 0.483, 0.788, 0.1, 0.059, 0.0773, 5.31, 0.195, 0.421, 6.71, 0.0703, 1.11, 4.99)
    prev_by_class = table(word_class(q), 0.169, 0.107, 1.37, 0.387, 0.403, 0.0868, 3.22, 1.4, 0.0755, 0.454, 0.0676, 0.82, 3.97)
    return key_class + (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 0.509 * (k == q) + 13.2 * (k == 0) + 0.834 * decay(q - k, 10.0) + 9.51 * (k == 0 and is_word_start(q))
