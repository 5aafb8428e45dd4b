"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L24H5
label: first token
source: offline search (seed 0), fitted for L24H5; coefficients tuned for KL to the native model with 68 heads substituted (headprog tune)
scores: tuning_kl_before=0.2099 tuning_kl_after=0.1617
"""


@program(normalize="weights", fallback="first", head="L24H5", label="first token")
def L24H5(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    return 0.467 * (k == q - 2) + 631.0 * (k == 0) + 2.72 * (k >= sentence_start(q)) + 0.0289 * is_punct(k) + 0.13 * is_sentence_end(k) + 0.433 * decay(q - k, 1.0) + 2.4 * decay(q - k, 3.0) + 2.66 * ((k == 0) * decay(q, 32.0)) + 6.15 * (k == 0 and is_word_start(q)) + 0.122 * (is_word_start(k) and not is_function_word(k) and not is_punct(k)) + 3.62 * (k == last(is_function_word, q) + 1) + 0.468 * (k == 0 and is_function_word(q)) + 0.682 * table(word_class(k), 0.467, 1.86, 0.45, 0.604, 0.287, 0.207, 0.234, 0.269, 0.164, 0.451, 0.162, 1.48, 0.144) + 2.57 * ((k == 0) * table(word_class(q), 4.27, 4.02, 0.479, 2.57, 0.783, 0.696, 0.881, 0.295, 1.66, 0.289, 2.66, 2.49, 2.36)) + 1.39 * ((k == q) * table(word_class(q), 0.851, 3.74, 0.971, 0.53, 0.449, 3.12, 1.23, 0.908, 1.39, 1.67, 4.05, 9.35, 0.322)) + 2.64 * ((k == q - 1) * table(word_class(q), 0.276, 0.289, 0.632, 0.557, 0.663, 10.6, 2.93, 4.99, 3.64, 3.77, 0.529, 0.352, 0.341))
