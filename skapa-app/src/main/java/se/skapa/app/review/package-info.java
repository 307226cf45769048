/** Stored IPS fidelity reviews with their action plans and every version; the port ReviewStore. */
package se.skapa.app.review;
