"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L5H2
label: explanation ladder
source: ladder of L5H2.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.2750 rung2_heldout_iou=0.3334 rung3_heldout_iou=0.5248 rung5_heldout_iou=0.5583 rung8_heldout_iou=0.5684 full_heldout_iou=0.6050 uniform_heldout_iou=0.1876
"""


@program(normalize="weights", fallback="first", head="L5H2", label="1 term")
def L5H2_1(q, k):
    """Rung 1 of L5H2: token sink ' the'. Held-out IoU 0.275. Token sinks: sink ' the'"""
    return 3.66 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L5H2", label="2 terms")
def L5H2_2(q, k):
    """Rung 2 of L5H2: token sink ' the' + first token (sink). Held-out IoU 0.333. Token sinks: sink ' the'"""
    return 3.94 * (k == 0) + 3.8 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L5H2", label="3 terms")
def L5H2_3(q, k):
    """Rung 3 of L5H2: token sink ' the' + first token (sink) + current token. Held-out IoU 0.525. Token sinks: sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 2.45, 1.2, 2.4, 9.75, 2.72, 6.01, 7.55, 6.06, 3.88, 12.3, 13.9, 4.3, 4.51)
    return (k == q) * self_by_class + 3.01 * (k == 0) + 1.82 * (token(k) == 260)


@program(normalize="weights", fallback="first", head="L5H2", label="5 terms")
def L5H2_5(q, k):
    """Rung 5 of L5H2: token sink ' the' + first token (sink) + current token + sentence start + token sink ' '. Held-out IoU 0.558. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    self_by_class = table(word_class(q), 1.9, 1.14, 2.35, 9.86, 2.7, 6.13, 7.74, 6.17, 4.99, 12.5, 14.1, 4.64, 6.1)
    return (k == q) * self_by_class + 4.08 * (k == 0) + 0.108 * (k >= sentence_start(q)) + 2.91 * (token(k) == 260) + 5.55 * (token(k) == 216 and count(k) == 1)


@program(normalize="weights", fallback="first", head="L5H2", label="8 terms")
def L5H2_8(q, k):
    """Rung 8 of L5H2: token sink ' the' + first token (sink) + current token + sentence start + token sink ' ' + word-class preference + first token (sink) + previous token. Held-out IoU 0.568. Token sinks: first ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0283, 0.00738, 0.0481, 0.0337, 0.0221, 0.0313, 0.0911, 0.0245, 0.0363, 0.249, 0.0089, 0.0224, 0.11)
    self_by_class = table(word_class(q), 2.17, 1.17, 2.4, 9.85, 2.81, 6.37, 7.73, 6.08, 5.07, 12.4, 13.9, 6.38, 8.53)
    return key_class + (k == q) * self_by_class + 4.32 * (k == 0) + 0.103 * (k >= sentence_start(q)) + 0.921 * (k == 0 and is_word_start(q)) + 0.251 * (k == q - 1 and is_function_word(q)) + 4.0 * (token(k) == 260) + 5.43 * (token(k) == 216 and count(k) == 1)
