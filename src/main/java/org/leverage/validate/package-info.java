/**
 * Checks a framework of rules the way an analyst needs before she trusts it: what never contributes, what
 * contradicts the state's own actions, what is undeclared or unsourced, and which rules disagree on how
 * strongly to put the same recommendation. Uses only the public api.
 */
package org.leverage.validate;
