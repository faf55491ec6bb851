package org.leverage.whatif;

import java.math.BigInteger;
import java.util.List;
import org.leverage.api.PolicyState;
import org.leverage.api.StateField;

/**
 * Numbers the combinations of some fields' values like an odometer: the last field changes fastest, so
 * consecutive combinations differ in one field, or in a field and the ones after it rolling over.
 */
final class Odometer {

    final List<StateField> fields;
    final Object[][] choices;
    final int[] radix;

    Odometer(List<StateField> fields) {
        this.fields = List.copyOf(fields);
        this.choices = new Object[fields.size()][];
        this.radix = new int[fields.size()];
        for (int i = 0; i < fields.size(); i++) {
            choices[i] = fields.get(i).choices().toArray();
            radix[i] = choices[i].length;
        }
    }

    /** How many combinations there are: the product of the fields' numbers of values. */
    BigInteger count() {
        BigInteger count = BigInteger.ONE;
        for (int r : radix) {
            count = count.multiply(BigInteger.valueOf(r));
        }
        return count;
    }

    /** The digit of each field, the value's index among its choices, for a combination. */
    int[] digits(long index) {
        int[] digits = new int[radix.length];
        long rest = index;
        for (int i = radix.length - 1; i >= 0; i--) {
            digits[i] = (int) (rest % radix[i]);
            rest /= radix[i];
        }
        return digits;
    }

    /** How far apart two combinations are that differ only in one step of this field. */
    long stride(int field) {
        long stride = 1;
        for (int i = radix.length - 1; i > field; i--) {
            stride *= radix[i];
        }
        return stride;
    }

    Object value(int field, int digit) {
        return choices[field][digit];
    }

    /** The base state with the fields set to a combination's values. */
    PolicyState state(PolicyState base, long index) {
        int[] digits = digits(index);
        PolicyState.Builder builder = base.toBuilder();
        for (int i = 0; i < digits.length; i++) {
            fields.get(i).set(builder, choices[i][digits[i]]);
        }
        return builder.build();
    }
}
