"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L16H0
label: previous token
source: offline search (seed 0), fitted for L16H0; coefficients tuned for KL to the native model with 68 heads substituted (headprog tune)
scores: tuning_kl_before=0.2099 tuning_kl_after=0.1617
"""


@program(normalize="weights", fallback="first", head="L16H0", label="previous token")
def L16H0(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    return 13.2 * (k == q) + 868.0 * (k == q - 1) + 189.0 * (k == q - 2) + 75.7 * (k == 0) + 3.72 * (k == last(is_word_start, q)) + 0.041 * (k >= sentence_start(q)) + 45.8 * decay(q - k, 1.0) + 0.175 * decay(q - k, 3.0) + 0.0342 * decay(q - k, 10.0) + 0.584 * ((k == 0) * decay(q, 32.0)) + 14.6 * (k == 0 and is_word_start(q)) + 0.0413 * (k == last(is_function_word, q)) + 0.272 * table(word_class(k), 0.00527, 0.0646, 0.037, 0.0916, 0.039, 0.0743, 0.069, 0.211, 0.0506, 0.0855, 0.053, 0.0592, 0.142) + 0.327 * ((k == 0) * table(word_class(q), 7.69, 0.269, 2.33, 5.16, 0.365, 5.18, 0.305, 5.03, 0.367, 8.5, 0.307, 4.83, 5.05)) + 9.14 * ((k == q) * table(word_class(q), 2.07, 0.501, 0.73, 4.76, 2.19, 4.96, 0.837, 3.62, 0.35, 6.03, 4.3, 0.864, 5.03)) + 0.241 * ((k == q - 1) * table(word_class(q), 1.13, 7.46, 0.794, 0.336, 6.19, 0.421, 5.08, 0.297, 6.27, 0.307, 5.47, 0.96, 0.362))
