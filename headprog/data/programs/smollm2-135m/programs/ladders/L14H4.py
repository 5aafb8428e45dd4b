"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L14H4
label: explanation ladder
source: ladder of L14H4.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.4702 rung2_heldout_iou=0.5663 rung3_heldout_iou=0.5737 rung5_heldout_iou=0.5742 rung8_heldout_iou=0.5872 full_heldout_iou=0.5880 uniform_heldout_iou=0.1919
"""


@program(normalize="weights", fallback="first", head="L14H4", label="1 term")
def L14H4_1(q, k):
    """Rung 1 of L14H4: first token (sink). Held-out IoU 0.470"""
    return 58.9 * (k == 0)


@program(normalize="weights", fallback="first", head="L14H4", label="2 terms")
def L14H4_2(q, k):
    """Rung 2 of L14H4: first token (sink) + local window. Held-out IoU 0.566"""
    return 57.6 * (k == 0) + 4.71 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L14H4", label="3 terms")
def L14H4_3(q, k):
    """Rung 3 of L14H4: first token (sink) + local window + previous token. Held-out IoU 0.574. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    prev_by_class = table(word_class(q), 0.247, 0.0779, 3.07, 1.81, 2.53, 18.4, 5.85, 4.09, 19.8, 0.184, 0.0911, 0.171, 1.82)
    return (k == q - 1) * prev_by_class + 62.8 * (k == 0) + 4.82 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L14H4", label="5 terms")
def L14H4_5(q, k):
    """Rung 5 of L14H4: first token (sink) + local window + previous token + current token + first token (sink). Held-out IoU 0.574. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 36.2, 12.3, 1.91, 0.583, 2.33, 0.346, 0.357, 0.209, 0.339, 0.174, 7.78, 7.87, 0.664)
    self_by_class = table(word_class(q), 0.171, 0.138, 0.201, 0.38, 0.178, 1.43, 3.58, 1.83, 3.2, 8.89, 0.161, 0.206, 3.62)
    prev_by_class = table(word_class(q), 0.249, 0.0778, 3.06, 1.8, 2.5, 17.9, 3.35, 4.09, 19.4, 0.183, 0.091, 0.171, 1.75)
    return (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 56.7 * (k == 0) + 6.17 * decay(q - k, 3.0)


@program(normalize="weights", fallback="first", head="L14H4", label="8 terms")
def L14H4_8(q, k):
    """Rung 8 of L14H4: first token (sink) + local window + previous token + current token + first token (sink) + sentence start + first token (sink) + local window. Held-out IoU 0.587. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    first_by_class = table(word_class(q), 36.6, 12.3, 1.88, 0.528, 2.28, 0.172, 0.187, 0.21, 0.305, 0.175, 7.77, 7.81, 0.629)
    self_by_class = table(word_class(q), 0.174, 0.138, 0.203, 0.382, 0.179, 1.47, 3.99, 1.84, 3.26, 11.9, 0.161, 0.207, 3.95)
    prev_by_class = table(word_class(q), 0.254, 0.0779, 3.18, 1.96, 2.61, 27.0, 5.99, 4.09, 20.4, 0.183, 0.0909, 0.172, 2.17)
    return (k == 0) * first_by_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 1.72 * (k == q - 2) + 59.2 * (k == 0) + 0.525 * (k >= sentence_start(q)) + 4.32 * decay(q - k, 3.0) + 28.7 * (k == 0 and is_word_start(q))
