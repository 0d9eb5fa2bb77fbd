'use strict';
// Fixed keys for the key and signature tests, made once with the system
// openssl (`openssl genrsa -traditional 1024`, `openssl ecparam -name
// prime256v1 -genkey`, `openssl pkcs8 -topk8 -v2 aes-256-cbc`); the JWKs
// are the same keys.

module.exports = {
  rsaPrivatePem: `-----BEGIN RSA PRIVATE KEY-----
MIICXgIBAAKBgQDChy/t8ghBPw28tODBHMurSj+0lxMCAO4tj5xjw0WiDq/52fqJ
x4mPLdh73V7yx8WYlxYSGxDjOOffzicUN7sFrW8+Ts39e/Nf9+IHCjRJony0f2An
ZixxG0sdrzElz7VlCMR4bVkvw4NwKX5xSpnft3DMlydPWA1osMN15zi+JQIDAQAB
AoGBAIMaa3IZgfi/TznUSfm8t4NdCixi+TuLdvqb5FHURHThIzbn8xOyuIIX6uQo
IRrNCt45TXWsaihJrPTIUswsd01CFLrJuo2FtuGe6PbPZTEXVNmjHSLupHiHJ6Sr
B2cfGiLOCaEXwEmGcWsa3z+rf8IeziBNxysWAbDJso9HtaztAkEA6q3v4dsryJNf
vUMevVyCpW0kJQ+4Kpy9QHgHDF5HysosvsQMNBTK8/iV+UhksItv7nlUs/hrzkDh
snEceMVXywJBANQzbcRrJw+7DAxO1SX7MX9CvHoy6Onamizb6Sy7PgIhJsXVs0SU
HvFE6OWNRNXTxcacsqEwJbcPgZPrDH0yI88CQQCBg0yHkLUxFGQZxxkH2C4hrYHt
EifJHIc1NQhuwvlL6ReYkAlMFM2Mpvvdfx5ScCFtsngUelzEjvn/yHy2CfLRAkA3
qzpLwjSgKtjxTakbarfEhBSAFmUGHKQ/yn10j7anxlyun+6EujsX3pUey53YXtNO
1IMESGZMjRPYY1yGZ6X/AkEAzFputkAwZGu92tCzDKgl00+U5ZC6dqus6RjLbTQy
H9uU9oI34dYqC6Z+S4w/6natDRZ862O+zqL9QGM2/BYBjw==
-----END RSA PRIVATE KEY-----
`,
  rsaPublicPem: `-----BEGIN PUBLIC KEY-----
MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDChy/t8ghBPw28tODBHMurSj+0
lxMCAO4tj5xjw0WiDq/52fqJx4mPLdh73V7yx8WYlxYSGxDjOOffzicUN7sFrW8+
Ts39e/Nf9+IHCjRJony0f2AnZixxG0sdrzElz7VlCMR4bVkvw4NwKX5xSpnft3DM
lydPWA1osMN15zi+JQIDAQAB
-----END PUBLIC KEY-----
`,
  // rsaPrivatePem as encrypted PKCS#8, passphrase 'lode-pw'.
  rsaEncryptedPem: `-----BEGIN ENCRYPTED PRIVATE KEY-----
MIIC3TBXBgkqhkiG9w0BBQ0wSjApBgkqhkiG9w0BBQwwHAQIvhW30BmWPZMCAggA
MAwGCCqGSIb3DQIJBQAwHQYJYIZIAWUDBAEqBBDBnGF+0vAxTOpD8omDYI+/BIIC
gATVuQq0PzxxgM6rZq6Z06+SqepKgUtpt7hFZrRroZm8mwjJrzwJ8kOJ1dUjJYX8
4yx8mg8+fmShe93bEpAsAo5ycWOxR3nDsypBd0iCQ6ZJdiW5bEZ/Y/UfK1S//wS9
/pFh99sMRH8GYjzspdr8NVzrThjI2cWnJJS899t4xIdouOd+KnOXeJQa49kY5Yqe
4jFVjmETIQYRf4zNFHuy8m6sSiTR+iA2XkhpbweZNlr5RzF5XJI+evaWMLl3tcud
pS/w/X4W5iz5t+9RoGl2XvsEbFWQEfCj0STkm3FZWFQwCXdV7E9nmEoeKAKeXjgX
mlLt2sC1AVitkKQLbK1Q3Cz9ae/+GnM8s1Z7ZXnq9Vnkj9R8zkJRQEPRsJt0l1YO
XKRtzzEaooUd+4Ky/ivPj8pGG057tiCpe5K7Upj3DqudETR+BQDmV+iLQ37biLAF
MnETnD5y+nuhyfdQG2puZYFsq2/PPENxP9ALlPOVje6Ob8jbZeHQgtY02dShoB+6
wH9vj3SvQdLc5iVPEoM/JL2gMLKcZkbHzbTTPpH6rbsFedwL93xnC/G/iuDYdfCZ
E6CbMyzjIx/muBQpPm71oPaWRaPsCUJ9FwbgtMYrZ97m/NvQ2L4leT22t1bqqe0Y
2CHD/XTbcNF/SYPM1F1gtUuDwN/O354bQnG1XIZUB5HAyOJtGw48m5lMaGf9rg/s
W0hZ7t0xlDw3IviEHSeMQFBuKXAIhcrJqQmRah7Bx+qiWyI3YxoINfmcwTnNR2bK
oUD/aLRSewroGZ4u8RvepyrPiNY9nwCXdTkTfeOOwovrbim0/gFOD6O7Zfsl36Kr
OIYRZWZhGi9uh2ni0ytO3DM=
-----END ENCRYPTED PRIVATE KEY-----
`,
  rsaJwk: {
    kty: 'RSA',
    n: 'wocv7fIIQT8NvLTgwRzLq0o_tJcTAgDuLY-cY8NFog6v-dn6iceJjy3Ye91e8sfFmJcWEhsQ4zjn384nFDe7Ba1vPk7N_XvzX_fiBwo0SaJ8tH9gJ2YscRtLHa8xJc-1ZQjEeG1ZL8ODcCl-cUqZ37dwzJcnT1gNaLDDdec4viU',
    e: 'AQAB',
    d: 'gxprchmB-L9POdRJ-by3g10KLGL5O4t2-pvkUdREdOEjNufzE7K4ghfq5CghGs0K3jlNdaxqKEms9MhSzCx3TUIUusm6jYW24Z7o9s9lMRdU2aMdIu6keIcnpKsHZx8aIs4JoRfASYZxaxrfP6t_wh7OIE3HKxYBsMmyj0e1rO0',
    p: '6q3v4dsryJNfvUMevVyCpW0kJQ-4Kpy9QHgHDF5HysosvsQMNBTK8_iV-UhksItv7nlUs_hrzkDhsnEceMVXyw',
    q: '1DNtxGsnD7sMDE7VJfsxf0K8ejLo6dqaLNvpLLs-AiEmxdWzRJQe8UTo5Y1E1dPFxpyyoTAltw-Bk-sMfTIjzw',
    dp: 'gYNMh5C1MRRkGccZB9guIa2B7RInyRyHNTUIbsL5S-kXmJAJTBTNjKb73X8eUnAhbbJ4FHpcxI75_8h8tgny0Q',
    dq: 'N6s6S8I0oCrY8U2pG2q3xIQUgBZlBhykP8p9dI-2p8Zcrp_uhLo7F96VHsud2F7TTtSDBEhmTI0T2GNchmel_w',
    qi: 'zFputkAwZGu92tCzDKgl00-U5ZC6dqus6RjLbTQyH9uU9oI34dYqC6Z-S4w_6natDRZ862O-zqL9QGM2_BYBjw',
  },
  // openssl dgst -sha256 -sign rsa.pem over the bytes 'lode'.
  rsaSha256SigOfLode: '16a41bd4a8da989ea3410c2c20f06b11ae571005ed079c6fa7c6a5cb5d35dbbcb14fcd4fde74532e5947a1addd3a95051b5cae4d09af31da8a4baa36215c1cfd719bf20863afd447bb623adec14ecf8077441d5295d13e043e9c593db05599cdd8b2fd727dc410961646a8276f2a98d0dfa2f29428c6604e43203dfc716bb09d',
  ecPrivatePem: `-----BEGIN EC PRIVATE KEY-----
MHcCAQEEICBf10jVVyjidwv/Oh6F15drYQlfcwgFUUWboxAems+9oAoGCCqGSM49
AwEHoUQDQgAEUkxyNMxi62LTAD2eb39Jt9wy1U2LmCl9LuRPWlfDZK9yQAoTi62o
TtPxlONQOgUl6tBXFUmPesiO8zGZWMpP2g==
-----END EC PRIVATE KEY-----
`,
  ecPkcs8Pem: `-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgIF/XSNVXKOJ3C/86
HoXXl2thCV9zCAVRRZujEB6az72hRANCAARSTHI0zGLrYtMAPZ5vf0m33DLVTYuY
KX0u5E9aV8Nkr3JAChOLrahO0/GU41A6BSXq0FcVSY96yI7zMZlYyk/a
-----END PRIVATE KEY-----
`,
  ecPublicPem: `-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEUkxyNMxi62LTAD2eb39Jt9wy1U2L
mCl9LuRPWlfDZK9yQAoTi62oTtPxlONQOgUl6tBXFUmPesiO8zGZWMpP2g==
-----END PUBLIC KEY-----
`,
  ecJwk: {
    kty: 'EC', crv: 'P-256',
    x: 'UkxyNMxi62LTAD2eb39Jt9wy1U2LmCl9LuRPWlfDZK8',
    y: 'ckAKE4utqE7T8ZTjUDoFJerQVxVJj3rIjvMxmVjKT9o',
    d: 'IF_XSNVXKOJ3C_86HoXXl2thCV9zCAVRRZujEB6az70',
  },
};
