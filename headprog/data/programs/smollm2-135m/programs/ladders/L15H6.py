"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L15H6
label: explanation ladder
source: ladder of L15H6.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.8016 rung2_heldout_iou=0.8159 rung3_heldout_iou=0.8265 rung5_heldout_iou=0.8269 full_heldout_iou=0.8269 uniform_heldout_iou=0.0965
"""


@program(normalize="weights", fallback="first", head="L15H6", label="1 term")
def L15H6_1(q, k):
    """Rung 1 of L15H6: first token (sink). Held-out IoU 0.802"""
    return 268.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L15H6", label="2 terms")
def L15H6_2(q, k):
    """Rung 2 of L15H6: first token (sink) + current token. Held-out IoU 0.816. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 10.7, 6.06, 2.97, 5.65, 6.4, 5.19, 5.7, 4.89, 5.23, 7.74, 1.62, 14.5, 4.81)
    return (k == q) * self_by_class + 274.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L15H6", label="3 terms")
def L15H6_3(q, k):
    """Rung 3 of L15H6: first token (sink) + current token + word-class preference. Held-out IoU 0.827. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0997, 0.2, 0.183, 0.133, 0.11, 0.197, 0.182, 0.364, 0.215, 0.577, 0.0341, 0.206, 1.77)
    self_by_class = table(word_class(q), 9.83, 3.18, 2.12, 3.98, 3.57, 3.53, 4.33, 3.37, 3.35, 7.79, 1.62, 13.4, 4.79)
    return key_class + (k == q) * self_by_class + 313.0 * (k == 0)


@program(normalize="weights", fallback="first", head="L15H6", label="5 terms")
def L15H6_5(q, k):
    """Rung 5 of L15H6: first token (sink) + current token + word-class preference + punctuation + first token (sink). Held-out IoU 0.827. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0991, 0.194, 0.162, 0.119, 0.103, 0.172, 0.164, 0.306, 0.196, 0.277, 0.0341, 0.204, 1.7)
    self_by_class = table(word_class(q), 10.0, 3.08, 2.46, 4.34, 3.87, 3.58, 4.35, 3.5, 3.06, 4.85, 1.62, 13.5, 4.73)
    return key_class + (k == q) * self_by_class + 310.0 * (k == 0) + 1.11 * is_sentence_end(k) + 32.8 * (k == 0 and is_word_start(q))
