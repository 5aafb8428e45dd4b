"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L17H4
label: first token
source: offline search (seed 0), fitted for L17H4; coefficients tuned for KL to the native model with 68 heads substituted (headprog tune)
scores: tuning_kl_before=0.2099 tuning_kl_after=0.1617
"""


@program(normalize="weights", fallback="first", head="L17H4", label="first token")
def L17H4(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    return 0.0343 * (k == q - 1) + 0.019 * (k == q - 2) + 328.0 * (k == 0) + 4.58 * (prev_token(k) == token(q)) + 0.116 * (k >= sentence_start(q)) + 0.0955 * decay(q - k, 3.0) + 0.286 * decay(q - k, 10.0) + 2.8 * ((k == 0) * decay(q, 32.0)) + 6.93 * (k == 0 and is_word_start(q)) + 11.4 * (k == prev_occurrence(q) + 1) + 0.533 * (is_word_start(k) and not is_function_word(k) and not is_punct(k)) + 1.16 * (k == 0 and is_function_word(q)) + 7.71 * table(word_class(k), 0.17, 0.336, 0.0444, 0.121, 0.0953, 0.175, 0.432, 0.381, 0.127, 0.389, 0.0503, 0.183, 0.145) + 0.169 * ((k == 0) * table(word_class(q), 4.75, 3.33, 3.26, 2.66, 3.7, 2.97, 3.08, 2.79, 3.85, 3.96, 4.01, 3.33, 2.86)) + 1.37 * ((k == q) * table(word_class(q), 0.461, 0.396, 0.35, 0.402, 0.382, 0.489, 0.41, 0.402, 0.469, 0.298, 0.279, 0.323, 0.343)) + 0.206 * ((k == q - 1) * table(word_class(q), 0.247, 0.332, 0.295, 0.349, 0.306, 0.415, 0.356, 0.338, 0.299, 0.284, 0.271, 0.299, 0.33))
