from pipelines.domain.numbers import (
    multiplier_value,
    parse_arabic,
    parse_chinese_integer,
    parse_fraction,
    parse_numeral,
    to_half_width,
)


def test_arabic_forms():
    assert parse_numeral("6") == 6
    assert parse_numeral("1,234.5") == 1234.5
    assert parse_numeral("-2.8") == -2.8
    assert parse_numeral("０．５") == 0.5
    assert parse_arabic("12a") is None


def test_chinese_integers():
    assert parse_numeral("一千五百") == 1500
    assert parse_numeral("两") == 2
    assert parse_numeral("十二") == 12
    assert parse_numeral("三百零五") == 305
    assert parse_numeral("二十万") == 200_000
    assert parse_chinese_integer("三万五千") == 35_000
    assert parse_chinese_integer("一万亿") == 10**12
    assert parse_chinese_integer("一亿二千万") == 120_000_000
    assert parse_numeral("二〇二三") == 2023


def test_mixed_and_negative():
    assert parse_numeral("2.6万") == 26_000
    assert parse_numeral("1.35万亿") == 1.35e12
    assert parse_numeral("负3") == -3


def test_fractions_and_percent_words():
    assert abs(parse_fraction("三分之一") - 1 / 3) < 1e-9
    assert parse_numeral("百分之十") == 0.1
    assert parse_numeral("3分之2") == 2 / 3


def test_not_numbers():
    assert parse_numeral("abc") is None
    assert parse_numeral("十四五") is None  # a plan name, not a number
    assert parse_numeral("") is None


def test_multipliers_and_half_width():
    assert multiplier_value("万亿") == 1e12
    assert multiplier_value("千万") == 1e7
    assert multiplier_value("元") is None
    assert to_half_width("１２％，") == "12%，"  # the Chinese comma stays clause punctuation


def test_scaled_is_the_exact_product_as_written():
    from pipelines.domain.numbers import scaled

    # float multiplication gives 60929999999.99999 and 4099999999999.9995
    assert scaled(609.3, 1e8) == 60930000000.0
    assert scaled(4.1, 1e12) == 4.1e12
    assert scaled(10357.2, 1e8) == 1035720000000.0
    assert scaled(-2.5, 1e4) == -25000.0
    assert scaled(6.0, 1.0) == 6.0
    assert parse_numeral("4.1万亿") == 4.1e12


def test_decimals_read_out():
    """A decimal read out at a press conference: 五点六, 零点二, 四十六点三 (digits after 点)."""
    assert parse_numeral("五点六") == 5.6
    assert parse_numeral("零点二") == 0.2
    assert parse_numeral("四十六点三") == 46.3
    assert parse_numeral("五點六") == 5.6
    assert abs(parse_numeral("百分之五点六") - 0.056) < 1e-12
    assert parse_numeral("五点") is None  # a clock hour, not a number
    assert parse_numeral("九点五十") is None  # 九点五十分: a clock time
    assert parse_numeral("点五") is None
