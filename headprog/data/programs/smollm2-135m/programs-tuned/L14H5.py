"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L14H5
label: first token
source: offline search (seed 0), fitted for L14H5; coefficients tuned for KL to the native model with 68 heads substituted (headprog tune)
scores: tuning_kl_before=0.2099 tuning_kl_after=0.1617
"""


@program(normalize="weights", fallback="first", head="L14H5", label="first token")
def L14H5(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    return 3.99 * (k == q) + 0.349 * (k == q - 2) + 0.384 * (k == q - 3) + 72.6 * (k == 0) + 12.3 * (k < q and token(k) == token(q)) + 2.56 * (k < q and lower(k) == lower(q)) + 0.624 * (k >= sentence_start(q)) + 0.576 * decay(q - k, 3.0) + 1.32 * decay(q - k, 10.0) + 1.3 * ((k == 0) * decay(q, 32.0)) + 20.8 * (k == 0 and is_word_start(q)) + 1.66 * (k < q and word_class(k) == word_class(q)) + 0.838 * table(word_class(k), 0.167, 0.137, 0.171, 0.152, 0.188, 0.473, 0.21, 0.166, 0.278, 1.73, 0.103, 0.152, 0.612) + 0.248 * ((k == 0) * table(word_class(q), 11.0, 8.72, 1.52, 0.29, 1.98, 0.297, 0.297, 0.355, 0.525, 0.283, 3.6, 5.47, 0.281)) + 0.862 * ((k == q) * table(word_class(q), 0.612, 0.182, 1.9, 1.61, 4.38, 8.02, 3.93, 0.482, 6.37, 14.8, 0.507, 0.278, 6.87)) + 0.203 * ((k == q - 1) * table(word_class(q), 0.214, 0.196, 3.08, 4.16, 2.19, 4.9, 4.56, 4.28, 1.2, 1.17, 0.416, 0.239, 5.65))
