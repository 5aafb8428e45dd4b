"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L2H3
label: explanation ladder
source: ladder of L2H3.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3716 rung2_heldout_iou=0.4471 rung3_heldout_iou=0.4571 rung5_heldout_iou=0.4769 rung8_heldout_iou=0.5077 full_heldout_iou=0.5342 uniform_heldout_iou=0.2619
"""


@program(normalize="weights", fallback="first", head="L2H3", label="1 term")
def L2H3_1(q, k):
    """Rung 1 of L2H3: word-class preference. Held-out IoU 0.372. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0416, 0.0065, 0.79, 0.115, 0.193, 0.509, 0.347, 0.0851, 0.954, 1.5, 0.024, 0.0294, 1.65)
    return key_class


@program(normalize="weights", fallback="first", head="L2H3", label="2 terms")
def L2H3_2(q, k):
    """Rung 2 of L2H3: word-class preference + first token (sink). Held-out IoU 0.447. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0457, 0.0148, 0.79, 0.0734, 0.218, 0.502, 0.453, 0.0826, 0.876, 1.41, 0.0245, 0.0239, 1.61)
    return key_class + 1.61 * ((k == 0) * decay(q, 32.0))


@program(normalize="weights", fallback="first", head="L2H3", label="3 terms")
def L2H3_3(q, k):
    """Rung 3 of L2H3: word-class preference + first token (sink) + token sink ' '. Held-out IoU 0.457. Token sinks: sink ' '. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0405, 0.0151, 0.823, 0.0745, 0.22, 0.495, 0.434, 0.0825, 0.835, 1.42, 0.0247, 0.0244, 1.57)
    return key_class + 1.7 * ((k == 0) * decay(q, 32.0)) + 1.19 * (token(k) == 216)


@program(normalize="weights", fallback="first", head="L2H3", label="5 terms")
def L2H3_5(q, k):
    """Rung 5 of L2H3: word-class preference + first token (sink) + token sink ' ' + token sink ' the' + first token (sink). Held-out IoU 0.477. Token sinks: sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0429, 0.0152, 0.297, 0.104, 0.305, 0.544, 0.581, 0.0854, 1.2, 1.84, 0.0251, 0.0247, 1.69)
    first_by_class = table(word_class(q), 0.126, 2.46, 0.251, 2.29, 0.267, 2.46, 1.15, 0.842, 5.02, 6.37, 2.06, 2.03, 4.48)
    return key_class + (k == 0) * first_by_class + 1.47 * ((k == 0) * decay(q, 32.0)) + 1.58 * (token(k) == 260) + 1.79 * (token(k) == 216)


@program(normalize="weights", fallback="first", head="L2H3", label="8 terms")
def L2H3_8(q, k):
    """Rung 8 of L2H3: word-class preference + first token (sink) + token sink ' ' + token sink ' the' + first token (sink) + previous token + local window + token sink ','. Held-out IoU 0.508. Token sinks: first ','; sink ' '; sink ' the'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0271, 0.0136, 0.293, 0.0813, 0.214, 0.55, 0.441, 0.0726, 0.603, 1.81, 0.0215, 0.0216, 1.7)
    first_by_class = table(word_class(q), 0.127, 3.06, 0.253, 2.77, 0.27, 3.35, 2.1, 1.25, 6.74, 7.81, 2.06, 3.4, 4.47)
    return key_class + (k == 0) * first_by_class + 0.61 * (k == q - 1) + 0.314 * decay(q - k, 1.0) + 1.73 * ((k == 0) * decay(q, 32.0)) + 1.9 * (token(k) == 28 and count(k) == 1) + 1.78 * (token(k) == 260) + 1.85 * (token(k) == 216)
