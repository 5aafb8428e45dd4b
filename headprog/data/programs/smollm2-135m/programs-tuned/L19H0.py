"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L19H0
label: first token
source: offline search (seed 0), fitted for L19H0; coefficients tuned for KL to the native model with 68 heads substituted (headprog tune)
scores: tuning_kl_before=0.2099 tuning_kl_after=0.1617
"""


@program(normalize="weights", fallback="first", head="L19H0", label="first token")
def L19H0(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    return 0.537 * (k == q) + 0.0531 * (k == q - 1) + 0.684 * (k == q - 2) + 277.0 * (k == 0) + 0.0505 * (k == last(is_word_start, q)) + 0.942 * (k >= sentence_start(q)) + 0.212 * decay(q - k, 1.0) + 2.01 * decay(q - k, 3.0) + 0.737 * decay(q - k, 10.0) + 3.75 * ((k == 0) * decay(q, 32.0)) + 2.17 * (k == 0 and is_word_start(q)) + 4.45 * (k == prev_occurrence(q) + 1) + 0.717 * table(word_class(k), 0.908, 0.196, 0.463, 0.489, 0.829, 1.34, 0.45, 0.727, 0.657, 2.58, 0.108, 0.171, 2.55) + 3.98 * ((k == 0) * table(word_class(q), 1.18, 10.6, 4.68, 1.59, 0.62, 1.6, 0.396, 0.47, 1.57, 0.319, 7.84, 7.81, 0.285)) + 7.71 * ((k == q) * table(word_class(q), 1.95, 0.215, 0.279, 1.37, 1.56, 2.67, 0.477, 0.58, 0.85, 6.91, 0.231, 0.257, 5.36)) + 0.919 * ((k == q - 1) * table(word_class(q), 0.643, 0.186, 0.345, 0.632, 2.24, 0.437, 0.706, 1.07, 0.364, 4.25, 0.205, 0.234, 5.13))
