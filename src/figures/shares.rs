//! Shares of a base, rounded so the printed shares add up to exactly 100,00%.

use rust_decimal::{Decimal, RoundingStrategy};

/// Percent shares of `amounts` in `base`, to `places` decimals.
///
/// When the amounts add up to the base, the shares are apportioned by the largest
/// remainder method, so they add up to exactly 100 (ties go to the earlier item).
/// Otherwise each share is rounded on its own (half away from zero), since forcing
/// 100% would hide that the amounts do not add up.
///
/// None when a share or the sum does not fit the decimal type (amounts beyond what a
/// plan may hold, or a base of a few millionths): never a panic.
pub fn percent_shares(amounts: &[Decimal], base: Decimal, places: u32) -> Option<Vec<Decimal>> {
    if base.is_zero() {
        return Some(vec![Decimal::ZERO; amounts.len()]);
    }
    let places = places.min(8);
    let unit = Decimal::new(1, places); // 0.01 for two places
    let exact: Vec<Decimal> = amounts
        .iter()
        .map(|a| a.checked_mul(Decimal::ONE_HUNDRED)?.checked_div(base))
        .collect::<Option<_>>()?;
    let total = amounts
        .iter()
        .try_fold(Decimal::ZERO, |acc, a| acc.checked_add(*a))?;
    if total != base || amounts.iter().any(|a| a.is_sign_negative() && !a.is_zero()) {
        return Some(
            exact
                .iter()
                .map(|e| e.round_dp_with_strategy(places, RoundingStrategy::MidpointAwayFromZero))
                .collect(),
        );
    }
    let mut floors: Vec<Decimal> = exact
        .iter()
        .map(|e| e.round_dp_with_strategy(places, RoundingStrategy::ToZero))
        .collect();
    let assigned = floors
        .iter()
        .try_fold(Decimal::ZERO, |acc, f| acc.checked_add(*f))?;
    let mut left = (Decimal::ONE_HUNDRED
        .checked_sub(assigned)?
        .checked_div(unit)?)
    .round()
    .try_into()
    .unwrap_or(0i64)
    .clamp(0, amounts.len() as i64) as usize;
    let mut order: Vec<usize> = (0..amounts.len()).collect();
    // Largest remainder first; stable, so ties keep the items' order.
    order.sort_by(|&a, &b| (exact[b] - floors[b]).cmp(&(exact[a] - floors[a])));
    for i in order {
        if left == 0 {
            break;
        }
        floors[i] += unit;
        left -= 1;
    }
    Some(floors)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(v: i64) -> Decimal {
        Decimal::from(v)
    }

    #[test]
    fn lai_chau_component_shares() {
        // Components 2, 3, 7, 10, 11 and unallocated, of the central budget 96.569.
        let amounts = [d(74098), d(307), d(2800), d(680), d(2595), d(16089)];
        let shares = percent_shares(&amounts, d(96569), 2).unwrap();
        let printed: Vec<String> = shares.iter().map(|s| s.to_string()).collect();
        assert_eq!(printed, ["76.73", "0.32", "2.90", "0.70", "2.69", "16.66"]);
        assert_eq!(
            shares.iter().copied().sum::<Decimal>(),
            Decimal::ONE_HUNDRED
        );
    }

    #[test]
    fn thirds_add_to_one_hundred() {
        let shares = percent_shares(&[d(1), d(1), d(1)], d(3), 2).unwrap();
        assert_eq!(
            shares.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
            ["33.34", "33.33", "33.33"]
        );
    }

    #[test]
    fn amounts_that_do_not_add_up_are_not_forced() {
        let shares = percent_shares(&[d(1), d(1)], d(3), 2).unwrap();
        assert_eq!(
            shares.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
            ["33.33", "33.33"]
        );
        assert_eq!(
            percent_shares(&[d(5)], Decimal::ZERO, 2),
            Some(vec![Decimal::ZERO])
        );
    }

    #[test]
    fn shares_beyond_the_decimal_type_are_none_not_a_panic() {
        let huge = Decimal::MAX;
        assert_eq!(percent_shares(&[huge, huge], huge, 2), None);
        assert_eq!(percent_shares(&[d(1)], Decimal::new(1, 28), 2), None);
    }
}
