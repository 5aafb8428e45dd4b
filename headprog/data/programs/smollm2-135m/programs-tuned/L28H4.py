"""
headprog: 1
features: v4
model: SmolLM2-135M-Instruct (sha256:ff1065da1f9afb97)
head: L28H4
label: first token
source: offline search (seed 0), fitted for L28H4; coefficients tuned for KL to the native model with 68 heads substituted (headprog tune)
scores: tuning_kl_before=0.2099 tuning_kl_after=0.1617
"""


@program(normalize="weights", fallback="first", head="L28H4", label="first token")
def L28H4(q, k):
    "Token sinks: sink '\\n\\n'. Word classes: 0 content word, 1 continuation, 2 determiner, 3 pronoun, 4 preposition, 5 conjunction, 6 auxiliary, 7 particle, 8 punctuation, 9 sentence end, 10 number, 11 name, 12 newline"
    return 0.406 * (k == q) + 64.3 * (k == 0) + 0.098 * (k == last(is_sentence_end, q)) + 0.118 * (k >= sentence_start(q)) + 0.0329 * is_sentence_end(k) + 18.0 * is_newline(k) + 0.183 * decay(q - k, 1.0) + 0.681 * decay(q - k, 3.0) + 0.374 * decay(q - k, 10.0) + 0.421 * ((k == 0) * decay(q, 32.0)) + 284.0 * (k == 0 and is_word_start(q)) + 1.99 * table(word_class(k), 0.0882, 0.064, 0.0686, 0.104, 0.0701, 0.0666, 0.147, 0.179, 0.0851, 0.315, 0.0668, 0.0428, 1.87) + 8.27 * ((k == 0) * table(word_class(q), 2.11, 4.4, 4.59, 1.45, 2.35, 1.55, 0.547, 0.358, 1.58, 0.255, 4.28, 3.21, 0.33)) + 0.18 * ((k == q) * table(word_class(q), 0.594, 0.24, 0.326, 13.7, 0.468, 0.863, 10.9, 5.4, 0.92, 155.0, 0.22, 1.7, 5.72)) + 8.58 * ((k == q - 1) * table(word_class(q), 0.337, 0.169, 0.229, 1.3, 1.87, 2.28, 4.62, 5.38, 7.45, 0.249, 0.214, 0.319, 2.49)) + 18.0 * (token(k) == 1116)
