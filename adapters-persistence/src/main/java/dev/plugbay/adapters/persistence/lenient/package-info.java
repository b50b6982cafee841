/** Reading stored rows that rules added since they were written refuse: what is set aside or left out, told to the operator once. */
package dev.plugbay.adapters.persistence.lenient;
