"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L26H5
label: first token
source: offline search (seed 0), fitted for L26H5; coefficients tuned for KL to the native model with 68 heads substituted (headprog tune)
scores: tuning_kl_before=0.2099 tuning_kl_after=0.1617
"""


@program(normalize="weights", fallback="first", head="L26H5", label="first token")
def L26H5(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    return 0.0536 * (k == q) + 2.12 * (k == q - 2) + 1090.0 * (k == 0) + 0.0789 * (k == last(is_punct, q)) + 0.244 * (k == last(is_punct, q) + 1) + 0.0888 * (k >= sentence_start(q)) + 0.0302 * decay(q - k, 1.0) + 0.0267 * decay(q - k, 3.0) + 6.39 * ((k == 0) * decay(q, 32.0)) + 26.0 * (k == 0 and is_word_start(q)) + 0.0513 * (k == q and is_word_start(q)) + 4.22 * (k == 0 and is_function_word(q)) + 2.1 * table(word_class(k), 1.14, 0.723, 0.286, 0.27, 0.289, 0.363, 0.587, 2.18, 0.243, 2.39, 0.0709, 0.33, 0.397) + 1.96 * ((k == 0) * table(word_class(q), 3.74, 3.78, 1.29, 1.45, 2.22, 1.05, 2.22, 0.53, 2.09, 0.387, 3.79, 3.8, 0.353)) + 0.129 * ((k == q) * table(word_class(q), 0.718, 0.424, 1.46, 0.934, 0.539, 1.27, 0.48, 4.9, 0.883, 6.75, 0.305, 0.348, 5.02)) + 9.31 * ((k == q - 1) * table(word_class(q), 0.384, 0.299, 0.503, 0.804, 0.741, 2.14, 0.524, 4.82, 0.57, 4.8, 0.289, 0.332, 5.08))
