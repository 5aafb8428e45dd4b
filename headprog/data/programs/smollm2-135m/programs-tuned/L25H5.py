"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L25H5
label: first token
source: offline search (seed 0), fitted for L25H5; coefficients tuned for KL to the native model with 68 heads substituted (headprog tune)
scores: tuning_kl_before=0.2099 tuning_kl_after=0.1617
"""


@program(normalize="weights", fallback="first", head="L25H5", label="first token")
def L25H5(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    return 9.84 * (k == q) + 3.52 * (k == q - 1) + 3.72 * (k == q - 2) + 429.0 * (k == 0) + 0.0735 * (k >= sentence_start(q)) + 3.31 * decay(q - k, 1.0) + 10.1 * decay(q - k, 3.0) + 1.12 * ((k == 0) * decay(q, 32.0)) + 36.7 * (k == 0 and is_word_start(q)) + 0.754 * (k == q and is_word_start(q)) + 0.618 * (k == last(is_function_word, q)) + 22.2 * (k == 0 and is_function_word(q)) + 0.371 * table(word_class(k), 0.0759, 0.0357, 0.141, 0.126, 0.201, 0.116, 0.117, 1.09, 0.0582, 0.328, 0.0271, 0.0285, 0.081) + 2.49 * ((k == 0) * table(word_class(q), 0.614, 5.35, 0.5, 0.271, 3.07, 4.39, 2.73, 0.392, 1.19, 3.17, 4.1, 5.45, 5.13)) + 2.41 * ((k == q) * table(word_class(q), 14.8, 0.989, 4.45, 4.96, 0.37, 0.336, 0.318, 5.02, 1.74, 0.413, 1.78, 0.365, 0.264)) + 0.161 * ((k == q - 1) * table(word_class(q), 3.21, 0.21, 4.36, 5.09, 2.0, 0.415, 0.356, 0.361, 0.4, 0.274, 0.79, 0.297, 0.266))
