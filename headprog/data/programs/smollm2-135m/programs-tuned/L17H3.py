"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L17H3
label: first token
source: offline search (seed 0), fitted for L17H3; coefficients tuned for KL to the native model with 68 heads substituted (headprog tune)
scores: tuning_kl_before=0.2099 tuning_kl_after=0.1617
"""


@program(normalize="weights", fallback="first", head="L17H3", label="first token")
def L17H3(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    return 1.43 * (k == q - 1) + 0.0994 * (k == q - 2) + 1200.0 * (k == 0) + 181.0 * (prev_token(k) == token(q)) + 0.0137 * (k >= sentence_start(q)) + 0.027 * decay(q - k, 3.0) + 0.0297 * decay(q - k, 10.0) + 5.4 * ((k == 0) * decay(q, 32.0)) + 5.27 * (k == 0 and is_word_start(q)) + 25.5 * (k == prev_occurrence(q) + 1) + 0.152 * (is_word_start(k) and not is_function_word(k) and not is_punct(k)) + 4.55 * (k == 0 and is_function_word(q)) + 0.748 * table(word_class(k), 0.2, 0.147, 0.0978, 0.217, 0.107, 0.143, 0.221, 0.33, 0.0909, 0.206, 0.0778, 0.125, 0.244) + 0.474 * ((k == 0) * table(word_class(q), 6.01, 3.57, 3.3, 1.73, 3.46, 2.36, 0.791, 1.91, 3.28, 0.454, 4.29, 3.35, 0.429)) + 0.153 * ((k == q) * table(word_class(q), 0.265, 0.334, 0.402, 0.4, 0.381, 0.53, 0.403, 0.394, 0.382, 0.376, 0.29, 0.305, 0.36)) + 7.71 * ((k == q - 1) * table(word_class(q), 0.246, 0.308, 0.343, 0.369, 0.345, 0.508, 0.389, 0.355, 0.338, 0.352, 0.289, 0.305, 0.355))
