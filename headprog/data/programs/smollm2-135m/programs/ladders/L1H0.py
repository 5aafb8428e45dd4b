"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L1H0
label: explanation ladder
source: ladder of L1H0.py: greedy forward selection over its terms (a table counts as one), each rung refitted on the synthesis text and scored on held-out text
scores: rung1_heldout_iou=0.3600 rung2_heldout_iou=0.4541 rung3_heldout_iou=0.5816 rung5_heldout_iou=0.6003 rung8_heldout_iou=0.6158 full_heldout_iou=0.6185 uniform_heldout_iou=0.1999
"""


@program(normalize="weights", fallback="first", head="L1H0", label="1 term")
def L1H0_1(q, k):
    """Rung 1 of L1H0: local window. Held-out IoU 0.360"""
    return 3.65 * decay(q - k, 1.0)


@program(normalize="weights", fallback="first", head="L1H0", label="2 terms")
def L1H0_2(q, k):
    """Rung 2 of L1H0: local window + word-class preference. Held-out IoU 0.454. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0229, 0.00948, 0.131, 0.029, 0.0437, 0.0668, 0.0692, 0.0642, 1.17, 2.58, 0.0192, 0.0127, 0.0776)
    return key_class + 3.87 * decay(q - k, 1.0)


@program(normalize="weights", fallback="first", head="L1H0", label="3 terms")
def L1H0_3(q, k):
    """Rung 3 of L1H0: local window + word-class preference + previous token. Held-out IoU 0.582. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0256, 0.0097, 0.153, 0.0297, 0.0543, 0.0698, 0.072, 0.0647, 1.68, 3.41, 0.0198, 0.0133, 0.0789)
    prev_by_class = table(word_class(q), 2.82, 862.0, 0.615, 4.19, 0.14, 0.0741, 0.443, 4.46, 0.0455, 0.0476, 140.0, 6.19, 4.05)
    return key_class + (k == q - 1) * prev_by_class + 4.93 * decay(q - k, 1.0)


@program(normalize="weights", fallback="first", head="L1H0", label="5 terms")
def L1H0_5(q, k):
    """Rung 5 of L1H0: local window + word-class preference + previous token + token sink ',' + current token. Held-out IoU 0.600. Token sinks: sink ','. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0302, 0.0106, 0.169, 0.0322, 0.051, 0.0845, 0.08, 0.0649, 0.404, 4.46, 0.0215, 0.0218, 0.0799)
    self_by_class = table(word_class(q), 5.79, 0.127, 0.0589, 1.23, 1.11, 0.878, 2.47, 0.358, 1.27, 1.87, 0.359, 3.44, 0.355)
    prev_by_class = table(word_class(q), 6.55, 950.0, 0.616, 4.2, 0.309, 0.083, 0.452, 4.44, 0.0454, 0.0475, 147.0, 8.24, 4.04)
    return key_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 3.32 * decay(q - k, 1.0) + 2.15 * (token(k) == 28)


@program(normalize="weights", fallback="first", head="L1H0", label="8 terms")
def L1H0_8(q, k):
    """Rung 8 of L1H0: local window + word-class preference + previous token + token sink ',' + current token + punctuation + word-class preference + token sink ','. Held-out IoU 0.616. Token sinks: first ','; sink ','. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    key_class = table(word_class(k), 0.0354, 0.0124, 0.165, 0.0322, 0.0508, 0.0737, 0.0781, 0.0648, 0.366, 4.39, 0.0214, 0.0251, 0.0815)
    self_by_class = table(word_class(q), 8.02, 0.112, 0.0595, 1.51, 1.46, 0.901, 2.76, 0.632, 1.34, 2.1, 0.359, 3.74, 0.49)
    prev_by_class = table(word_class(q), 8.04, 954.0, 0.611, 4.17, 0.31, 0.0743, 0.449, 4.44, 0.0454, 0.0474, 168.0, 10.1, 3.89)
    return key_class + (k == q) * self_by_class + (k == q - 1) * prev_by_class + 2.8 * (k == last(is_punct, q)) + 3.79 * decay(q - k, 1.0) + 1.55 * (k == last(is_function_word, q)) + 1.2 * (token(k) == 28) + 2.27 * (token(k) == 28 and count(k) == 1)
