"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L21H2
label: first token
source: offline search (seed 0), fitted for L21H2; coefficients tuned for KL to the native model with 68 heads substituted (headprog tune)
scores: tuning_kl_before=0.2099 tuning_kl_after=0.1617
"""


@program(normalize="weights", fallback="first", head="L21H2", label="first token")
def L21H2(q, k):
    """Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"""
    return 0.112 * (k == q) + 0.144 * (k == q - 1) + 0.294 * (k == q - 2) + 155.0 * (k == 0) + 2.16 * (k >= sentence_start(q)) + 0.0401 * decay(q - k, 1.0) + 0.44 * decay(q - k, 3.0) + 0.0756 * decay(q - k, 10.0) + 38.5 * ((k == 0) * decay(q, 32.0)) + 3.63 * (k == 0 and is_word_start(q)) + 40.0 * (k == prev_occurrence(q) + 1) + 0.0476 * (k == last(is_function_word, q)) + 0.161 * table(word_class(k), 0.155, 0.232, 0.115, 0.166, 0.269, 1.22, 0.082, 0.713, 0.252, 0.403, 0.247, 0.187, 0.257) + 0.279 * ((k == 0) * table(word_class(q), 24.0, 5.64, 1.74, 1.02, 2.98, 0.332, 0.502, 0.312, 0.987, 0.661, 3.12, 4.71, 2.3)) + 0.113 * ((k == q) * table(word_class(q), 0.767, 0.333, 0.902, 1.09, 0.496, 7.81, 5.26, 5.29, 6.73, 5.79, 0.615, 0.427, 1.62)) + 4.49 * ((k == q - 1) * table(word_class(q), 0.221, 0.236, 1.42, 1.22, 0.558, 8.59, 5.4, 3.95, 1.51, 0.544, 0.27, 0.279, 0.399))
